package org.cocreate.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads members for log-in by e-mail address or handle; upgrades old password hashes on log-in. */
@Service
class MemberDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final MemberRepository members;

	MemberDetailsService(MemberRepository members) {
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip();
		var member = name.contains("@") ? members.findByEmail(name) : members.findByHandle(name);
		return member.map(MemberPrincipal::of).orElseThrow(() -> new UsernameNotFoundException("no such member"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		Member member = members.findById(((MemberPrincipal) user).id()).orElseThrow();
		member.changePassword(newPassword);
		members.save(member);
		return MemberPrincipal.of(member);
	}
}

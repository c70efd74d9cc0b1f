package org.cocreate.identity;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MemberRepository extends ListCrudRepository<Member, Long> {

	@Query("select * from member where lower(email) = lower(:email)")
	Optional<Member> findByEmail(String email);

	@Query("select * from member where lower(handle) = lower(:handle)")
	Optional<Member> findByHandle(String handle);

	@Query("select exists (select 1 from member where lower(email) = lower(:email))")
	boolean emailTaken(String email);

	@Query("select exists (select 1 from member where lower(handle) = lower(:handle))")
	boolean handleTaken(String handle);
}

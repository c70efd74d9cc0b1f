package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.cocreate.organisations.StaffInvitations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.requests.internal.Sellers.SellerSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who acts for a seller: its owners and admins, and the staff it names as bidders — not its other
 * staff, and nobody of a seller that lost its verified badge. The same people hear of new requests
 * in the categories it follows, may bid for it, and see its own bids on a request page.
 */
class SellerPeopleIT extends RequestsTestBase {

	@Autowired
	StaffInvitations invitations;

	@Test
	void ownersAdminsAndNamedBiddersActForASellerOtherStaffDoNot() {
		Seller shop = seller("staffed", Category.CLOTHING);
		Caller admin = staff(shop, "shopadmin", StaffRole.ADMIN);
		Caller named = staff(shop, "namedbidder", StaffRole.RESPONDER);
		Caller unnamed = staff(shop, "plainstaff", StaffRole.RESPONDER);
		sellers.register(shop.owner().id(), shop.slug(),
				new SellerSettings(List.of(Category.CLOTHING.id()), List.of(named.member().handle())));
		Seller second = seller(named, "secondshop", Category.CLOTHING);
		Seller lapsed = seller("lapsed", Category.CLOTHING);
		organisations.setVerified(admin().id(), lapsed.slug(), false);

		assertThat(sellers.people(shop.organisationId())).containsExactlyInAnyOrder(shop.owner().id(), admin.id(), named.id());
		assertThat(sellers.followersOf(Category.CLOTHING)).contains(shop.owner().id(), admin.id(), named.id())
			.doesNotContain(unnamed.id(), lapsed.owner().id())
			.doesNotHaveDuplicates();
		assertThat(sellers.biddableFor(named.id())).extracting("slug").containsExactly(shop.slug(), second.slug());
		assertThat(sellers.biddableFor(admin.id())).extracting("slug").containsExactly(shop.slug());
		assertThat(sellers.biddableFor(unnamed.id())).isEmpty();
		assertThat(sellers.biddableFor(lapsed.owner().id())).isEmpty();

		var body = requestBody(Duration.ofHours(1));
		body.put("format", "SEALED");
		body.remove("minimumDecrement");
		long id = post(caller("buyer"), body);
		assertThat(bid(named, id, new BigDecimal("950"), 4, shop.slug()).status()).isEqualTo(201);
		assertThat(bid(named, id, new BigDecimal("940"), 6, second.slug()).status()).isEqualTo(201);
		assertThat(code(bid(unnamed, id, new BigDecimal("900"), 4, null))).isEqualTo("error.request.not-a-seller-at-all");

		JsonNode me = get(id, named).get("me");
		assertThat(me.get("mayBidFor").valueStream().map(JsonNode::asString)).containsExactly(shop.slug(), second.slug());
		assertThat(me.get("myBids").valueStream().map(b -> b.get("seller").get("slug").asString() + " " + b.get("unitPrice").decimalValue().stripTrailingZeros().toPlainString()))
			.containsExactly(shop.slug() + " 950", second.slug() + " 940");
		JsonNode adminSees = get(id, admin).get("me");
		assertThat(adminSees.get("myBids").valueStream().map(b -> b.get("unitPrice").decimalValue()))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("950"));
		assertThat(get(id, unnamed).get("me").get("myBids")).isEmpty();
	}

	@Test
	void aSellerOfTheRequestersOwnOrganisationIsNotOfferedTheRequest() {
		Caller requester = caller("ownbuyer");
		Seller own = seller(requester, "ownshop");
		Caller colleague = staff(own, "colleague", StaffRole.ADMIN);
		Seller other = seller(colleague, "othershop");
		long id = post(requester, requestBody(Duration.ofHours(1)));

		assertThat(get(id, colleague).get("me").get("mayBidFor").valueStream().map(JsonNode::asString)).containsExactly(other.slug());
	}

	private Caller staff(Seller seller, String prefix, StaffRole role) {
		Caller member = caller(prefix);
		var invitation = invitations.invite(seller.owner().id(), seller.slug(), member.member().handle(), role);
		invitations.accept(member.id(), invitation.id());
		return member;
	}
}

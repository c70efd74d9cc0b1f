package org.cocreate.requests.web;

import org.cocreate.identity.MemberPrincipal;
import org.cocreate.requests.internal.AfterAward;
import org.cocreate.requests.internal.RequestQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the request page, for showing it and for showing it again with a form's messages. */
@Component
class RequestPage {

	static final String PAGE = "requests/page";

	/** What was typed into the bid form. */
	record BidForm(String unitPrice, String deliveryDays, String terms, String organisation) {

		BidForm {
			unitPrice = unitPrice == null ? "" : unitPrice;
			deliveryDays = deliveryDays == null ? "" : deliveryDays;
			terms = terms == null ? "" : terms;
			organisation = organisation == null ? "" : organisation;
		}

		static BidForm empty() {
			return new BidForm("", "", "", "");
		}
	}

	private final RequestQueries queries;

	private final AfterAward afterAward;

	RequestPage(RequestQueries queries, AfterAward afterAward) {
		this.queries = queries;
		this.afterAward = afterAward;
	}

	String show(long id, @Nullable MemberPrincipal me, Model model) {
		Long viewer = me == null ? null : me.id();
		var view = queries.view(id, viewer);
		model.addAttribute("view", view);
		model.addAttribute("r", view.request());
		model.addAttribute("live", view.live());
		if (!model.containsAttribute("bidForm")) {
			model.addAttribute("bidForm", BidForm.empty());
		}
		if (view.viewer().inThread()) {
			model.addAttribute("messages", afterAward.messages(id, viewer));
		}
		model.addAttribute("ratings", afterAward.ratings(id));
		return PAGE;
	}
}

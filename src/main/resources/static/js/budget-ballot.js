// The running total of a ballot, updated as the member ticks projects or gives points.
// Knapsack: the cost of the ticked projects against the budget; approval: how many are ticked;
// cumulative: the points given. Sums are kept in whole cents, so no rounding creeps in.
(function () {
  "use strict";
  var form = document.getElementById("ballot");
  if (!form) {
    return;
  }
  var kind = form.getAttribute("data-kind");
  var limit = Number(form.getAttribute("data-limit"));
  var total = document.getElementById("ballot-total");
  var over = document.getElementById("ballot-over");
  var lang = document.documentElement.lang || undefined;
  var money = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });

  function cents(text) {
    return Math.round(Number(text) * 100);
  }

  function update() {
    var sum = 0;
    if (kind === "CUMULATIVE") {
      form.querySelectorAll("input[data-points]").forEach(function (input) {
        sum += Math.max(0, Math.floor(Number(input.value) || 0));
      });
      total.textContent = String(sum);
    } else if (kind === "KNAPSACK") {
      form.querySelectorAll("input[name=project]").forEach(function (box) {
        if (box.checked) {
          sum += cents(box.getAttribute("data-cost"));
        }
      });
      total.textContent = money.format(sum / 100);
      sum = sum / 100;
    } else {
      form.querySelectorAll("input[name=project]").forEach(function (box) {
        if (box.checked) {
          sum += 1;
        }
      });
      total.textContent = String(sum);
    }
    var isOver = !Number.isNaN(limit) && limit > 0 && (kind === "KNAPSACK" ? Math.round(sum * 100) > cents(limit) : sum > limit);
    over.hidden = !isOver;
    form.classList.toggle("over", isOver);
  }

  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();
})();

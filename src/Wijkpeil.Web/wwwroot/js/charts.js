// Draws the charts that the server rendered as Vega-Lite specifications (see src/Wijkpeil.App/Charts/README.md).
// Progressive enhancement: each chart's table is always in the page and stays the accessible version; this
// script only adds the picture. Any failure leaves the table alone and says why in the console.
// Needs vega, vega-lite and vega-embed loaded before it as classic scripts (wwwroot/vendor): they define
// window.vegaEmbed.

// Dutch number format for d3-format: 1.234,5 and € 12,50.
const dutchNumberLocale = {
  decimal: ",",
  thousands: ".",
  grouping: [3],
  currency: ["€ ", ""],
};

async function drawChart(figure) {
  const specElement = figure.querySelector("script.wp-chart-spec");
  const canvas = figure.querySelector(".wp-chart-canvas");
  if (!specElement || !canvas) {
    console.warn("Wijkpeil-grafiek zonder specificatie of tekenvlak overgeslagen:", figure.dataset.chartId);
    return;
  }

  try {
    const spec = JSON.parse(specElement.textContent);
    await window.vegaEmbed(canvas, spec, {
      renderer: "svg",
      actions: false,
      formatLocale: dutchNumberLocale,
    });
    figure.classList.add("wp-chart--drawn");
  } catch (error) {
    canvas.replaceChildren();
    console.warn("Wijkpeil-grafiek niet getekend; de tabel toont dezelfde cijfers:", figure.dataset.chartId, error);
  }
}

export function drawCharts(root = document) {
  const figures = root.querySelectorAll("figure.wp-chart");
  if (figures.length === 0) {
    return Promise.resolve();
  }

  if (typeof window.vegaEmbed !== "function") {
    console.warn("Wijkpeil-grafieken niet getekend: vega-embed is niet geladen; de tabellen tonen de cijfers.");
    return Promise.resolve();
  }

  return Promise.all(Array.from(figures, drawChart));
}

// Module scripts run after the document is parsed, so the figures are there.
drawCharts();

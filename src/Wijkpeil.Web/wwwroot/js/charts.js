// Draws the charts that the server rendered as Vega-Lite specifications (see src/Wijkpeil.App/Modules/Monitor/Charts/README.md).
// Progressive enhancement: each chart's table is always in the page and stays the accessible version; this
// script only adds the picture. Any failure leaves the table alone and says why in the console.
// Needs vega, vega-lite and vega-embed loaded before it as classic scripts (wwwroot/vendor): they define
// window.vegaEmbed.

// Number format for d3-format in the page's language: Dutch 1.234,5 and € 12,50; English 1,234.5 and €12.50.
const numberLocale = document.documentElement.lang === "en"
  ? { decimal: ".", thousands: ",", grouping: [3], currency: ["€", ""] }
  : { decimal: ",", thousands: ".", grouping: [3], currency: ["€ ", ""] };

async function drawChart(figure) {
  const specElement = figure.querySelector("script.wp-chart-spec");
  const specSource = figure.dataset.specSrc;
  const canvas = figure.querySelector(".wp-chart-canvas");
  if ((!specElement && !specSource) || !canvas) {
    console.warn("Wijkpeil-grafiek zonder specificatie of tekenvlak overgeslagen:", figure.dataset.chartId);
    return;
  }

  try {
    const spec = specElement ? JSON.parse(specElement.textContent) : await fetchSpec(specSource);
    await window.vegaEmbed(canvas, spec, {
      renderer: "svg",
      actions: false,
      formatLocale: numberLocale,
      // The site's Content-Security-Policy allows no eval and no inline style (docs/security.md): Vega evaluates
      // expressions with the interpreter vega-embed bundles instead of new Function, and vega-embed and its tooltip
      // handler add no <style> elements; their few rules are in wijkpeil.css.
      ast: true,
      defaultStyle: false,
      tooltip: { disableDefaultStyle: true },
    });
    figure.classList.add("wp-chart--drawn");
  } catch (error) {
    canvas.replaceChildren();
    console.warn("Wijkpeil-grafiek niet getekend; de tabel toont dezelfde cijfers:", figure.dataset.chartId, error);
  }
}

// A folded chart's specification is not in the page (it would double its size): it comes from the server when the
// chart is drawn, in the page's language (the culture cookie goes along).
async function fetchSpec(source) {
  const response = await fetch(source, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) {
    throw new Error(`${source}: HTTP ${response.status}`);
  }
  return response.json();
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

  // A chart inside a closed <details> has no width yet ("width": "container"): draw it when it opens.
  const drawNow = [];
  for (const figure of figures) {
    const closed = figure.closest("details:not([open])");
    if (closed) {
      closed.addEventListener("toggle", () => drawChart(figure), { once: true });
    } else {
      drawNow.push(figure);
    }
  }

  return Promise.all(drawNow.map(drawChart));
}

// Module scripts run after the document is parsed, so the figures are there. While charts are being drawn the page
// says so (data-drawing on <html>): the PDF printer waits until it is gone instead of for an idle network.
document.documentElement.dataset.drawing = "true";
drawCharts().finally(() => {
  delete document.documentElement.dataset.drawing;
});

// The explorer page: a district's network landscape as a graph and its comparable districts.
// It speaks only to the public GraphQL endpoint; Cytoscape.js comes from its WebJar.
// For tests and scripts, window.explorer holds the Cytoscape instance and the last answers.

const GRAPHQL = "/graphql";

const DISTRICTS = `
  query ExplorerDistricts {
    districts(first: 500, orderBy: {field: NAME, direction: ASC}) {
      edges { node { ags name } }
    }
  }`;

const LANDSCAPE = `
  fragment ExplorerActor on Actor {
    id name kind
    district { ags name }
    memberships { role active network { id name } }
  }
  query ExplorerLandscape($ags: [ID!]) {
    networkLandscape(ags: $ags, brokers: 100) {
      asOf
      clusters { id size informal members { id } bestMatch { network { name } jaccard } }
      brokers { actor { id } score }
      isolatedActors { ...ExplorerActor }
      ties {
        from { ...ExplorerActor }
        to { ...ExplorerActor }
        strength sharedNetworks cooperation sharedPractices
      }
      summary { actors ties clusters informalClusters modularity }
    }
  }`;

const COMPARABLES = `
  query ExplorerComparables($ags: ID!) {
    comparableDistricts(ags: $ags, first: 10) {
      year
      comparables {
        rank score
        district { ags name }
        components { aspect value contribution reason }
      }
    }
  }`;

// Colour-blind-friendly palette (Okabe-Ito and Tableau), one colour per cluster in turn.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                 "#F0E442", "#4E79A7", "#B07AA1", "#9C755F", "#76B7B2", "#EDC948"];
const NO_CLUSTER = "#9e9e9e";
const SIZE_MIN = 18;
const SIZE_MAX = 60;

const explorer = { cy: null, landscape: null, comparables: null, ags: null };
window.explorer = explorer;

const el = (id) => document.getElementById(id);

async function graphQl(query, variables) {
  const response = await fetch(GRAPHQL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) {
    throw new Error(`GraphQL answered HTTP ${response.status}`);
  }
  const answer = await response.json();
  if (answer.errors && answer.errors.length) {
    throw new Error(answer.errors.map((e) => e.message).join("; "));
  }
  return answer.data;
}

function status(text, isError = false) {
  const s = el("status");
  s.textContent = text;
  s.classList.toggle("error", isError);
}

function make(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
}

// ---- districts ----

async function loadDistricts() {
  const data = await graphQl(DISTRICTS, {});
  const select = el("district");
  select.replaceChildren(make("option", "— choose a district —", { value: "" }));
  for (const { node } of data.districts.edges) {
    select.append(make("option", `${node.name} (${node.ags})`, { value: node.ags }));
  }
  select.disabled = false;
  select.addEventListener("change", () => choose(select.value));
  const wanted = new URLSearchParams(location.search).get("ags");
  if (wanted && [...select.options].some((o) => o.value === wanted)) {
    select.value = wanted;
    choose(wanted);
  }
}

async function choose(ags) {
  explorer.ags = ags || null;
  if (!ags) return;
  history.replaceState(null, "", `?ags=${encodeURIComponent(ags)}`);
  status("loading…");
  const results = await Promise.allSettled([showLandscape(ags), showComparables(ags)]);
  if (explorer.ags !== ags) return; // another district was chosen meanwhile
  const failed = results.filter((r) => r.status === "rejected").map((r) => r.reason.message);
  if (failed.length) {
    status(failed.join(" · "), true);
  } else {
    const s = explorer.landscape.summary;
    status(`${s.actors} actors, ${s.ties} ties, ${s.clusters} clusters`);
  }
}

// ---- landscape graph ----

function landscapeElements(landscape) {
  const clusterOf = new Map();
  landscape.clusters.forEach((cluster, i) => {
    for (const member of cluster.members) clusterOf.set(member.id, { cluster, index: i });
  });
  const brokerScore = new Map(landscape.brokers.map((b) => [b.actor.id, b.score]));
  const maxScore = Math.max(0, ...brokerScore.values());

  const actors = new Map();
  for (const actor of landscape.isolatedActors) actors.set(actor.id, actor);
  for (const tie of landscape.ties) {
    actors.set(tie.from.id, tie.from);
    actors.set(tie.to.id, tie.to);
  }
  const nodes = [...actors.values()].map((actor) => {
    const inCluster = clusterOf.get(actor.id);
    const score = brokerScore.get(actor.id) ?? 0;
    return {
      group: "nodes",
      data: {
        id: actor.id,
        label: actor.name,
        cluster: inCluster ? inCluster.cluster.id : null,
        colour: inCluster ? PALETTE[inCluster.index % PALETTE.length] : NO_CLUSTER,
        score,
        size: maxScore > 0 ? SIZE_MIN + (SIZE_MAX - SIZE_MIN) * (score / maxScore) : SIZE_MIN,
        actor,
      },
    };
  });
  const edges = landscape.ties.map((tie) => ({
    group: "edges",
    data: {
      id: `${tie.from.id}~${tie.to.id}`,
      source: tie.from.id,
      target: tie.to.id,
      strength: tie.strength,
      tie,
    },
  }));
  return nodes.concat(edges);
}

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": 9,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "ellipsis",
      "text-max-width": 110,
    },
  },
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#000" } },
  {
    selector: "edge",
    style: {
      width: "mapData(strength, 1, 6, 1, 6)",
      "line-color": "#b0b0b0",
      "curve-style": "haystack",
      opacity: 0.8,
    },
  },
];

async function showLandscape(ags) {
  const graph = el("graph");
  graph.dataset.state = "loading";
  let data;
  try {
    data = await graphQl(LANDSCAPE, { ags: [ags] });
  } catch (e) {
    graph.dataset.state = "error";
    throw new Error(`Landscape: ${e.message}`);
  }
  if (explorer.ags !== ags) return;
  const landscape = data.networkLandscape;
  explorer.landscape = landscape;
  if (explorer.cy) explorer.cy.destroy();
  const cy = cytoscape({
    container: graph,
    elements: landscapeElements(landscape),
    style: STYLE,
    layout: { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true },
    wheelSensitivity: 0.3,
  });
  explorer.cy = cy;
  cy.on("tap", "node", (event) => showActor(event.target));
  cy.on("tap", (event) => {
    if (event.target === cy) showLegend(landscape);
  });
  showLegend(landscape);
  graph.dataset.nodeCount = String(cy.nodes().length);
  graph.dataset.edgeCount = String(cy.edges().length);
  graph.dataset.ags = ags;
  graph.dataset.state = "ready";
}

function showLegend(landscape) {
  const details = el("details");
  const legend = make("div", null, { id: "legend" });
  const s = landscape.summary;
  legend.append(make("h2", "Landscape"));
  legend.append(make("p", `${s.actors} actors, ${s.ties} ties, ${s.clusters} clusters `
    + `(${s.informalClusters} informal), as of ${landscape.asOf}. `
    + "Colour: cluster; size: broker score. Click an actor for its details.", { class: "hint" }));
  const list = make("ul");
  landscape.clusters.forEach((cluster, i) => {
    const item = make("li");
    item.append(make("span", null, { class: "swatch", style: `background:${PALETTE[i % PALETTE.length]}` }));
    const match = cluster.bestMatch ? ` ≈ ${cluster.bestMatch.network.name}` : "";
    item.append(`${cluster.id}: ${cluster.size} actors${cluster.informal ? ", informal" : ""}${match}`);
    list.append(item);
  });
  const none = make("li");
  none.append(make("span", null, { class: "swatch", style: `background:${NO_CLUSTER}` }), "in no cluster");
  list.append(none);
  legend.append(list);
  details.replaceChildren(legend);
}

function showActor(node) {
  const { actor, cluster, score } = node.data();
  const details = el("details");
  const panel = make("div", null, { id: "actor-details", "data-actor-id": actor.id });
  panel.append(make("h2", actor.name));
  const facts = make("dl");
  const fact = (term, value) => facts.append(make("dt", term), make("dd", value));
  fact("Kind", actor.kind);
  fact("District", `${actor.district.name} (${actor.district.ags})`);
  fact("Cluster", cluster ?? "none");
  fact("Broker score", score.toFixed(2));
  fact("Ties", String(node.degree(false)));
  panel.append(facts);
  panel.append(make("h3", "Networks"));
  const current = actor.memberships.filter((m) => m.active);
  if (current.length === 0) {
    panel.append(make("p", "member of no network", { class: "hint" }));
  } else {
    const list = make("ul", null, { class: "networks" });
    for (const m of current) list.append(make("li", `${m.network.name} (${m.role.toLowerCase()})`));
    panel.append(list);
  }
  details.replaceChildren(panel);
}

// ---- comparable districts ----

async function showComparables(ags) {
  const table = el("comparables");
  const body = table.querySelector("tbody");
  table.dataset.state = "loading";
  let data;
  try {
    data = await graphQl(COMPARABLES, { ags });
  } catch (e) {
    body.replaceChildren();
    table.dataset.state = "error";
    throw new Error(`Comparable districts: ${e.message}`);
  }
  if (explorer.ags !== ags) return;
  const result = data.comparableDistricts;
  explorer.comparables = result;
  const name = el("district").selectedOptions[0]?.textContent ?? ags;
  el("comparables-caption").textContent = `The districts most like ${name}`
    + (result.year ? `, INKAR year ${result.year}` : ", without indicator values")
    + ". Score in [0, 1]: the weighted mean of the components below.";
  body.replaceChildren(...result.comparables.map((c) => {
    const row = make("tr", null, { "data-ags": c.district.ags });
    row.append(make("td", String(c.rank)));
    row.append(make("td", `${c.district.name} (${c.district.ags})`));
    const score = make("td");
    score.append(make("span", null, { class: "bar", style: `width:${Math.round(c.score * 80)}px` }),
      c.score.toFixed(3));
    row.append(score);
    const reasons = make("ul");
    for (const component of c.components) {
      const value = component.value === null ? "unknown" : component.value.toFixed(2);
      reasons.append(make("li", `${component.aspect.toLowerCase().replace("_", " ")} ${value}: ${component.reason}`));
    }
    const why = make("td");
    why.append(reasons);
    row.append(why);
    return row;
  }));
  table.dataset.state = "ready";
}

// ---- tabs ----

function showTab(which) {
  for (const name of ["landscape", "comparables"]) {
    const selected = name === which;
    el(`tab-${name}`).setAttribute("aria-selected", String(selected));
    el(`view-${name}`).hidden = !selected;
  }
  if (which === "landscape" && explorer.cy) explorer.cy.resize();
}

el("tab-landscape").addEventListener("click", () => showTab("landscape"));
el("tab-comparables").addEventListener("click", () => showTab("comparables"));

loadDistricts().catch((e) => status(`Districts: ${e.message}`, true));

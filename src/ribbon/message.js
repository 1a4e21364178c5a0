// The message comes in the query string; it is shown as text, never parsed as HTML.
// A file of its own (not inline) so the page's Content-Security-Policy can forbid inline scripts.
var query = new URLSearchParams(location.search);
document.getElementById("title").textContent = query.get("title") || "AIP Planner";
document.getElementById("message").textContent = query.get("message") || "";

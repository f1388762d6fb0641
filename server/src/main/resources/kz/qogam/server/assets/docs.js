// Starts Swagger UI on /docs. A file of its own, not an inline script, so the page works under a
// Content-Security-Policy that forbids inline scripts.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});

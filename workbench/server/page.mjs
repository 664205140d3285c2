// The one HTML page of the workbench: SLDS, the boot data (running user, users), the bundle.
const escapeJsonForScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderPage({ runningUserId, users }) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service Playbooks – Workbench</title>
<link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css">
<style>
body { margin: 0; background: #b0c4df; }
/* toasts above quick action modals, as in Lightning Experience */
lightning-toast-container .toast-container { z-index: 10000; }
</style>
<script type="application/json" id="workbench-boot">${escapeJsonForScript({ runningUserId, users })}</script>
</head>
<body>
<div id="workbench-root"></div>
<script type="module" src="/app.js"></script>
</body>
</html>
`;
}

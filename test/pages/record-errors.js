// Loaded first by every test page: records what a host page would see go wrong.
window.pageErrors = [];
window.cspViolations = [];
addEventListener('error', (e) => pageErrors.push(e.message || String(e.error)));
addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));

// Present so that the build does not take the portal's src/instrumentation.ts (Turbopack,
// rooted at the repository for node_modules, otherwise finds it): the floor has no hook.
export function register() {}

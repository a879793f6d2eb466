/**
 * The release, as package.json says (a test checks they agree): written out rather than imported, since
 * importing package.json would ship all of it in the Worker's bundle.
 */
export const VERSION = "0.1.0";

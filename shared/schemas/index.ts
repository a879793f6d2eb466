export * from "./answer.ts";
export * from "./community-config.ts";
export * from "./error.ts";
export * from "./communities.ts";

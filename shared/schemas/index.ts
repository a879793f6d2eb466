export * from "./answer.ts";
export * from "./communities.ts";
export * from "./community-config.ts";
export * from "./error.ts";

// `npm run build:resources`: writes the crisis-resource directory the Worker ships, less each item's id, sources
// and date checked (they stay in shared/resources/, checked by the data test), and the country table in
// docs/resources.md. `-- --check` only reports whether both are current.
import { readFileSync } from "node:fs";
import { COUNTRY_TABLE_DOC, withCountryTable } from "../shared/resources/country-table.ts";
import { DEPLOYED_MODULE, deployedDirectoryModule } from "../shared/resources/deployed-module.ts";
import { updateGeneratedModule } from "./generated-module.ts";

updateGeneratedModule(DEPLOYED_MODULE, deployedDirectoryModule(), "npm run build:resources", "the deployed resource directory");
updateGeneratedModule(COUNTRY_TABLE_DOC, withCountryTable(readFileSync(COUNTRY_TABLE_DOC, "utf8")), "npm run build:resources", "the country table");

// `npm run build:resources`: writes the crisis-resource directory the Worker ships, less each item's id, source
// and date checked (they stay in shared/resources/, checked by the data test). `-- --check` only reports whether it is current.
import { DEPLOYED_MODULE, deployedDirectoryModule } from "../shared/resources/deployed-module.ts";
import { updateGeneratedModule } from "./generated-module.ts";

updateGeneratedModule(DEPLOYED_MODULE, deployedDirectoryModule(), "npm run build:resources", "the deployed resource directory");

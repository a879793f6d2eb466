import { env } from "cloudflare:workers";
import { app } from "./app.ts";
import { describeMissingSecrets, missingSecrets } from "./env.ts";

// Say what is missing as soon as the Worker starts, not only when the first request fails.
const missing = missingSecrets(env);
if (missing.length > 0) console.error(describeMissingSecrets(missing));

export default app satisfies ExportedHandler<Env>;

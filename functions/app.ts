import { HTTPException } from "hono/http-exception";
import { Hono } from "hono/tiny";
import { type AppEnv, describeMissingSecrets, missingSecrets } from "./env.ts";
import { ApiError, errorResponse } from "./http/api-error.ts";
import { methodNotAllowed } from "./http/method-not-allowed.ts";
import { secureHeaders } from "./http/secure-headers.ts";
import { logFault } from "./log.ts";
import { adminRoutes } from "./pages/admin/admin-routes.tsx";
import { answerRoutes } from "./routes/answer.ts";
import { communityRoutes } from "./routes/communities.ts";
import { discordRoutes } from "./routes/discord.ts";
import { healthRoutes } from "./routes/health.ts";
import { slackRoutes } from "./routes/slack.ts";
import { slackInstallRoutes } from "./routes/slack-install.tsx";
import { slackInstallationRoutes } from "./routes/slack-installations.ts";

export const app = new Hono<AppEnv>();

app.use(secureHeaders);
app.use(
  methodNotAllowed(app, (c, methods) =>
    errorResponse(c, new ApiError(405, "method_not_allowed", `Use ${methods.join(" or ")} here.`, { Allow: methods.join(", ") })),
  ),
);
app.use(async (c, next) => {
  const missing = missingSecrets(c.env);
  if (missing.length > 0) {
    console.error(describeMissingSecrets(missing));
    throw new ApiError(503, "misconfigured", "Alliance is not configured yet: a required secret is missing.");
  }
  await next();
});

app.route("/", healthRoutes);
app.route("/", answerRoutes);
app.route("/", communityRoutes);
app.route("/", adminRoutes);
app.route("/", discordRoutes);
app.route("/", slackRoutes);
app.route("/", slackInstallRoutes);
app.route("/", slackInstallationRoutes);

app.notFound((c) => errorResponse(c, new ApiError(404, "not_found", `Nothing at ${c.req.method} ${c.req.path}.`)));

app.onError((error, c) => {
  if (error instanceof ApiError) return errorResponse(c, error);
  if (error instanceof HTTPException && error.status < 500) {
    return errorResponse(c, new ApiError(error.status, "invalid_request", "The request could not be read."));
  }
  logFault(`${c.req.method} ${c.req.routePath}`, error);
  return errorResponse(c, new ApiError(500, "internal_error", "Something went wrong on our side. Please try again."));
});

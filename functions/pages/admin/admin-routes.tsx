import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import { MAX_TEXT_CHARS } from "../../../shared/schemas/answer.ts";
import { CommunityIdSchema } from "../../../shared/schemas/communities.ts";
import { COMMUNITY_PLATFORMS, type CommunityPlatform, resolveConfig } from "../../../shared/schemas/community-config.ts";
import { fingerprintOf, sha256Hex } from "../../crypto/tokens.ts";
import type { AppEnv } from "../../env.ts";
import { ApiError } from "../../http/api-error.ts";
import { constantTimeEqual } from "../../http/constant-time.ts";
import { readBodyText } from "../../http/read-json.ts";
import { logFault } from "../../log.ts";
import { answerForCommunity } from "../../service/answer-question.ts";
import { KNOWN_TOPIC_IDS } from "../../service/known-topics.ts";
import { MAX_CONFIG_BYTES, validateCommunityConfig } from "../../service/validate-config.ts";
import { listAudit } from "../../storage/audit-log.ts";
import { type Community, findCommunity, replaceCommunityConfig } from "../../storage/communities.ts";
import { loadInsights } from "../../storage/insights.ts";
import { createSession, deleteSession } from "../../storage/sessions.ts";
import { DashboardPage, type DashboardProps } from "./dashboard-page.tsx";
import { ErrorPage, PageError } from "./error-page.tsx";
import type { Preview } from "./preview-panel.tsx";
import { clearSessionCookie, csrfTokenMatches, currentSession, isSameOrigin, type SignedInSession, setSessionCookie } from "./session-cookie.ts";
import { configToFormValues, type FieldErrors, formDataToValues, formValuesToInput } from "./settings-form-values.ts";
import { SignInPage } from "./sign-in-page.tsx";

type AdminContext = Context<AppEnv>;

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The moderator page: server-rendered, no script, every form POST checked for origin and CSRF token. */
export const adminRoutes = new Hono<AppEnv>()
  .use("/admin/*", async (c, next) => {
    // Set before anything can throw, so the error pages carry them too (a route may set its own Cache-Control).
    c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("X-Frame-Options", "DENY");
    c.header("Referrer-Policy", "same-origin");
    c.header("Cache-Control", "no-store");
    if (c.req.method === "POST" && !isSameOrigin(c)) throw new PageError(403, "This form must be sent from the Alliance page itself.");
    await next();
  })
  .get("/admin", async (c) => {
    const session = await currentSession(c);
    if (!session) return render(c, <SignInPage signedOut={c.req.query("signed-out") !== undefined} />);
    return dashboard(c, session, { saved: c.req.query("saved") !== undefined });
  })
  .post("/admin/sign-in", async (c) => {
    const form = await readForm(c);
    const values = { platform: form.get("platform") ?? "", communityId: (form.get("communityId") ?? "").trim() };
    const token = (form.get("token") ?? "").trim();
    const community = await communityForToken(c.env.DB, values.platform, values.communityId, token);
    if (!community) {
      const error = "That community id and moderator token do not match. Check both, or ask your Alliance admin for a new token.";
      return render(c, <SignInPage values={values} error={error} />, 401);
    }
    const sessionId = await createSession(c.env.DB, { ...community, tokenFingerprint: fingerprintOf(community.tokenHash) });
    setSessionCookie(c, sessionId);
    return c.redirect("/admin", 303);
  })
  .post("/admin/sign-out", async (c) => {
    const { session } = await signedInForm(c);
    if (session) await deleteSession(c.env.DB, session.id);
    clearSessionCookie(c);
    return c.redirect("/admin?signed-out", 303);
  })
  .post("/admin/settings", async (c) => {
    const moderator = await moderatorForm(c);
    if (!moderator) return signedOutNow(c);
    const { session, form, community } = moderator;
    const values = formDataToValues(form);
    const { input, issues, fieldOf } = formValuesToInput(values);
    const validation = validateCommunityConfig(input, KNOWN_TOPIC_IDS);
    const allIssues = [...issues, ...(validation.ok ? [] : validation.issues)];
    if (!validation.ok || allIssues.length > 0) {
      const errors: FieldErrors = new Map();
      for (const issue of allIssues) if (!errors.has(fieldOf(issue))) errors.set(fieldOf(issue), issue.message);
      return dashboard(c, session, { community, values, errors }, 400);
    }
    await replaceCommunityConfig(c.env.DB, community, validation.config, { role: "moderator", tokenFingerprint: session.tokenFingerprint });
    return c.redirect("/admin?saved#settings", 303);
  })
  .post("/admin/preview", async (c) => {
    const moderator = await moderatorForm(c);
    if (!moderator) return signedOutNow(c);
    const { session, form, community } = moderator;
    const question = (form.get("followUp") || form.get("question") || "").trim();
    if (!question || question.length > MAX_TEXT_CHARS) {
      const error = question ? `A question can be at most ${MAX_TEXT_CHARS} characters.` : "Type a question to preview.";
      return dashboard(c, session, { community, preview: { question, error } }, 400);
    }
    const config = resolveConfig(community.config);
    const answer = answerForCommunity({ text: question }, config);
    const preview: Preview = { question, answer, ephemeral: answer.kind === "crisis" && config.crisisReplyPrivately };
    return dashboard(c, session, { community, preview });
  })
  .onError((error, c) => {
    if (error instanceof PageError || (error instanceof ApiError && error.status < 500)) {
      return render(c, <ErrorPage title={error.message} />, error.status as PageStatus);
    }
    logFault(`${c.req.method} ${c.req.routePath}`, error);
    return render(c, <ErrorPage title="Something went wrong on our side. Please try again." />, 500);
  });

type PageStatus = 200 | 400 | 401 | 403 | 413 | 415 | 500;

function render(c: AdminContext, page: JSX.Element, status: PageStatus = 200) {
  return c.html(html`<!DOCTYPE html>${page}`, status);
}

async function dashboard(
  c: AdminContext,
  session: SignedInSession,
  overrides: Partial<Pick<DashboardProps, "values" | "errors" | "saved" | "preview">> & { community?: Community },
  status: 200 | 400 = 200,
) {
  const [community, insights, audit] = await Promise.all([
    overrides.community ?? findCommunity(c.env.DB, session),
    loadInsights(c.env.DB, `${session.platform}:${session.communityId}`),
    listAudit(c.env.DB, session, { limit: 10 }),
  ]);
  if (!community) return signedOutNow(c);
  const props: DashboardProps = {
    community,
    csrfToken: session.csrfToken,
    values: overrides.values ?? configToFormValues(community.config),
    errors: overrides.errors ?? new Map(),
    saved: overrides.saved ?? false,
    preview: overrides.preview,
    insights,
    audit: audit.entries,
  };
  return render(c, <DashboardPage {...props} />, status);
}

/** Back to the sign-in form, dropping a cookie whose session or community is gone. */
function signedOutNow(c: AdminContext) {
  clearSessionCookie(c);
  return c.redirect("/admin", 303);
}

/** A signed-in moderator's form with their community, or null when they must sign in (again). */
async function moderatorForm(c: AdminContext): Promise<{ session: SignedInSession; form: URLSearchParams; community: Community } | null> {
  const { session, form } = await signedInForm(c);
  const community = session ? await findCommunity(c.env.DB, session) : null;
  return session && community ? { session, form, community } : null;
}

/** The form of a signed-in moderator, its CSRF token checked; session null when not signed in. */
async function signedInForm(c: AdminContext): Promise<{ session: SignedInSession | null; form: URLSearchParams }> {
  const form = await readForm(c);
  const session = await currentSession(c);
  if (session && !csrfTokenMatches(session, form.get("csrf"))) {
    throw new PageError(403, "This form has expired. Go back, reload the page and try again.");
  }
  return { session, form };
}

async function readForm(c: AdminContext): Promise<URLSearchParams> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) throw new PageError(415, "Send this form from the moderator page.");
  return new URLSearchParams(await readBodyText(c, MAX_CONFIG_BYTES));
}

async function communityForToken(db: D1Database, platform: string, communityId: string, token: string): Promise<Community | null> {
  if (!(COMMUNITY_PLATFORMS as readonly string[]).includes(platform) || !CommunityIdSchema.safeParse(communityId).success || !token) return null;
  const community = await findCommunity(db, { platform: platform as CommunityPlatform, communityId });
  const tokenHash = await sha256Hex(token);
  return community && constantTimeEqual(tokenHash, community.tokenHash) ? community : null;
}

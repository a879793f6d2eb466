import { Layout } from "./layout.tsx";

/** An expected failure of a page request, shown as a page rather than JSON. */
export class PageError extends Error {
  readonly status: 400 | 403 | 413 | 415 | 500;

  constructor(status: PageError["status"], message: string) {
    super(message);
    this.name = "PageError";
    this.status = status;
  }
}

export function ErrorPage({ title }: { title: string }) {
  return (
    <Layout title="Alliance for moderators">
      <main id="main" class="narrow">
        <h1>Alliance for moderators</h1>
        <p class="error-summary" role="alert">
          {title}
        </p>
        <p>
          <a href="/admin">Back to the moderator page</a>
        </p>
      </main>
    </Layout>
  );
}

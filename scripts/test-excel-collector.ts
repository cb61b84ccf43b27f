// The result collector of `npm run test:excel` (the office-addin-test-server pattern): a loopback HTTP server that
// takes the one JSON report the contract page posts from inside Excel, validates it with zod, and turns it into
// "N passed, N failed" and an exit code — or times out cleanly when no report comes.
import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo } from 'node:net';
import { CONTRACT_RESULTS_PATH, contractReportSchema, type ContractReport } from '../src/app/contractReport';

/** What the collector ended with. */
export type CollectorResult =
  | { readonly kind: 'report'; readonly report: ContractReport }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | { readonly kind: 'timeout'; readonly seconds: number };

export interface Collector {
  /** e.g. http://127.0.0.1:4201/contract-results */
  readonly url: string;
  readonly port: number;
  /** Settles with the first report (valid or not) or the timeout; never rejects. */
  readonly result: Promise<CollectorResult>;
  readonly close: () => Promise<void>;
}

/** A report is a few kilobytes; anything far larger is not ours. */
const MAX_BODY_BYTES = 1_000_000;

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Parses and validates a posted body; problems name the JSON path. */
export function parseReport(
  body: string,
): { ok: true; report: ContractReport } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = contractReportSchema.safeParse(json);
  if (parsed.success) return { ok: true, report: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map(
      (i) => `${i.path.length > 0 ? i.path.join('.') : '(report)'}: ${i.message}`,
    ),
  };
}

/**
 * Starts the collector on 127.0.0.1 (`port` 0 = any free port). `POST /contract-results` takes the report (200,
 * or 400 with the problems; only the first post counts, later ones get 409); `GET /ping` answers "ok" so the page
 * or a person can see it is up. After `timeoutSeconds` without a report the result is a timeout.
 */
export async function startCollector(options: { port?: number; timeoutSeconds: number }): Promise<Collector> {
  let settle!: (result: CollectorResult) => void;
  let settled = false;
  const result = new Promise<CollectorResult>((resolve) => {
    settle = (r) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
  });
  const timer = setTimeout(
    () => settle({ kind: 'timeout', seconds: options.timeoutSeconds }),
    options.timeoutSeconds * 1000,
  );

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'GET' && path === '/ping') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('ok');
      return;
    }
    if (path !== CONTRACT_RESULTS_PATH || req.method !== 'POST') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    void readBody(req).then(
      (body) => {
        if (settled) {
          res
            .writeHead(409, { 'Content-Type': 'text/plain; charset=utf-8' })
            .end('a report was already received');
          return;
        }
        const parsed =
          body === undefined
            ? { ok: false as const, problems: [`larger than ${MAX_BODY_BYTES} bytes`] }
            : parseReport(body);
        if (parsed.ok) {
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end('{"received":true}');
          settle({ kind: 'report', report: parsed.report });
        } else {
          res
            .writeHead(400, { 'Content-Type': 'application/json; charset=utf-8' })
            .end(JSON.stringify({ problems: parsed.problems }));
          settle({ kind: 'invalid', problems: parsed.problems });
        }
      },
      (error: unknown) => {
        res.writeHead(400).end(String(error));
        settle({ kind: 'invalid', problems: [`could not read the request: ${String(error)}`] });
      },
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}${CONTRACT_RESULTS_PATH}`,
    result,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** The printed summary and the exit code: 0 all passed, 1 a failure (or a missing/unknown check, a bad report), 2 timeout. */
export interface Summary {
  readonly passed: number;
  readonly failed: number;
  readonly exitCode: 0 | 1 | 2;
  readonly lines: readonly string[];
}

/**
 * Turns the collector's result into lines to print. Every check of the catalogue (`expectedIds`, in order) must be
 * in the report: a missing one counts as failed, and so does an id the catalogue does not know.
 */
export function summarize(result: CollectorResult, expectedIds: readonly string[]): Summary {
  if (result.kind === 'timeout')
    return {
      passed: 0,
      failed: 0,
      exitCode: 2,
      lines: [
        `no report from Excel within ${result.seconds} s: is the add-in "Länsnyckel kontrakttest" open in Excel, ` +
          'and is the dev server (https://localhost:3000) running?',
      ],
    };
  if (result.kind === 'invalid')
    return {
      passed: 0,
      failed: 0,
      exitCode: 1,
      lines: ['the report from Excel is not valid:', ...result.problems.map((p) => `  ${p}`)],
    };
  const { report } = result;
  const byId = new Map(report.outcomes.map((o) => [o.id, o]));
  const lines = [
    `${report.environment.host}, ${report.environment.platform}, version ${report.environment.version}`,
  ];
  let passed = 0;
  let failed = 0;
  for (const id of expectedIds) {
    const o = byId.get(id);
    if (o?.ok) {
      passed++;
      lines.push(`  ok      ${id}`);
    } else {
      failed++;
      lines.push(
        o ? `  FAILED  ${id}${o.detail ? `: ${o.detail}` : ''}` : `  MISSING ${id}: not in the report`,
      );
    }
  }
  for (const o of report.outcomes)
    if (!expectedIds.includes(o.id)) {
      failed++;
      lines.push(`  UNKNOWN ${o.id}: not a check of this checkout's suite`);
    }
  if (report.error !== undefined) lines.push(`  the run itself failed: ${report.error}`);
  lines.push(`${passed} passed, ${failed} failed`);
  return { passed, failed, exitCode: failed > 0 || report.error !== undefined ? 1 : 0, lines };
}

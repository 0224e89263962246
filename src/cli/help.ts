// What `runlens --help` and `runlens --version` print. The version is the
// package's: the bundle holds package.json's `version` and nothing else of it.
import pkg from '../../package.json' with { type: 'json' }

export const VERSION: string = pkg.version

export const HELP = `runlens ${pkg.version}: the jobs of a GitHub Actions run, their conclusions,
timings and failing log lines; with --wait, a gate that blocks until they end.

Usage:
  runlens OWNER/REPO RUN_ID [options]
  runlens RUN_URL [options]
      RUN_URL: https://github.com/OWNER/REPO/actions/runs/RUN_ID[/attempts/N]

Options:
  --attempt N|all|latest   the jobs of one attempt, of every attempt, or of the
                           latest (default)
  --jobs PATTERN           job names to report, with * and ? wildcards; a
                           leading ! leaves names out; repeat for more
  --format FORMAT          text: a table for the terminal (default)
                           markdown: the action's job summary
                           json: the action's report file
  --fail-on LIST           exit 1 when a reported job ended with one of these
                           conclusions, comma-separated; unsuccessful means all
                           but success, skipped and neutral (default: none;
                           with --wait: unsuccessful)
  --allow-failure PATTERN  jobs that never make --fail-on exit 1; repeat for
                           more
  --wait                   poll until every selected job has completed, then
                           report; stops at the first --fail-on conclusion
                           (unless --no-fail-fast); progress goes to stderr
  --timeout DURATION       the longest wait, and the longest the command
                           retries or waits out a rate limit: 90s, 15m, 1h or
                           plain seconds (default 30m)
  --interval DURATION      time between polls with --wait (default 10s); a poll
                           of an unchanged run is a 304, free of rate limit
  --no-fail-fast           with --wait, wait for every job even after one failed
  --steps failed|all|none  whose steps are listed (default: failed)
  --log-lines N            failing log lines shown per failed job (default: 30;
                           0 downloads no logs)
  --no-timeline            no mermaid timeline in the markdown
  --history N              compare with the last N completed runs of the
                           workflow on the run's branch (0 to 50; default 0:
                           off); costs 2 requests and one per 100 jobs of each
  --otlp-endpoint URL      export the run as an OpenTelemetry trace to this
                           OTLP/HTTP base URL (/v1/traces is added); also from
                           OTEL_EXPORTER_OTLP_ENDPOINT, with the headers of
                           OTEL_EXPORTER_OTLP_HEADERS
  --slower-than X          the factor past a job's or step's usual duration
                           that counts as slower (default 1.5; it must also be
                           at least 30s over)
  --color auto|always|never
                           colour in the text format (default auto: on a
                           terminal, unless NO_COLOR is set)
  --token TOKEN            the token to send; needed for a run on another host
                           than GITHUB_API_URL's (a token from the environment
                           is sent only to that host)
  -h, --help               this help
  --version                runlens's version

Environment:
  GITHUB_TOKEN, GH_TOKEN   a token that may read the repository's Actions
                           (fine-grained: Actions read; classic: repo). Without
                           one, runlens asks the GitHub CLI: gh auth token
  GITHUB_API_URL           the API (default https://api.github.com; GitHub
                           Enterprise Server: https://HOST/api/v3)
  GITHUB_SERVER_URL        the web address in links (default: from the API's)
  NO_COLOR                 no colour

Exit status: 0 reported; 1 an error, a job with a --fail-on conclusion, or a
wait that timed out; 2 bad usage; 130 (143 on SIGTERM) a wait stopped by
Ctrl-C, after printing what was known then. A second Ctrl-C quits at once.
`

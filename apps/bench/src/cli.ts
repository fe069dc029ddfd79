// `pnpm bench`: parses the options, runs the bench, prints a table per database and writes the
// JSON and HTML files asked for. Exits 1 when a system failed a workload (wrong checksum or an
// error) or on bad options; timings never fail a run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseOptions, USAGE, UsageError } from './options';
import { htmlReport } from './report/html-report';
import { resultsTables } from './report/results-table';
import { runBench, selectedSystems } from './runner';

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) console.error(`pnpm bench: ${error.message}`);
      console.error(USAGE);
      return error.message ? 2 : 0;
    }
    throw error;
  }
  const started = Date.now();
  console.log(
    `Retort bench: ${options.mode} mode on ${options.dbs.join(', ')}; workloads ${options.workloads.join(', ')}`,
  );
  const report = await runBench(options, (line) => console.log(line));
  console.log(resultsTables(report, selectedSystems(options)));
  if (options.jsonFile) {
    write(options.jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nJSON: ${options.jsonFile}`);
  }
  if (options.htmlFile) {
    write(options.htmlFile, htmlReport(report, selectedSystems(options)));
    console.log(`HTML: ${options.htmlFile}`);
  }
  const failures = report.skipped.filter((s) => s.kind === 'failed');
  console.log(
    `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s; ${report.records.length} results, ${failures.length} failures.`,
  );
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();

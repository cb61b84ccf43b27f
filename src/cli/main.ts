import { runCli } from './runCli';

// The command-line entry (npm run -s lansnyckel -- …): all work is in runCli; this only does the process I/O.
void runCli(process.argv.slice(2)).then((result) => {
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
});

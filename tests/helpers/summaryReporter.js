// Prints the closing `N passed, N failed` line that CI reads, and keeps it in test-output/ for .ci/run.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed` + (results.numPendingTests ? `, ${results.numPendingTests} skipped` : '');
    fs.mkdirSync('test-output', { recursive: true });
    fs.writeFileSync(path.join('test-output', 'summary.txt'), line + '\n');
    process.stdout.write(line + '\n');
  }
}
module.exports = SummaryReporter;

// npm audit of the runtime dependencies: fails on any advisory; reports (without
// failing) when the registry does not serve the advisory endpoint at all.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`npm audit: unreadable output (exit ${result.status})`);
  process.exit(1);
}
if (report.metadata?.vulnerabilities) {
  const total = Object.values(report.metadata.vulnerabilities).reduce((sum, n) => sum + n, 0);
  console.log(`npm audit --omit=dev: ${total} advisories`);
  process.exit(total === 0 ? 0 : 1);
}
if (report.statusCode >= 400 || report.message) {
  console.log(`npm audit --omit=dev: the registry's advisory endpoint is unavailable here (${report.statusCode ?? ''} ${String(report.message ?? '').split(' - ')[0]}); not audited`);
  process.exit(0);
}
console.error('npm audit: unexpected report shape');
process.exit(1);

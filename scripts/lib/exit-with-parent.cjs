// Preloaded into the Next server that `npm start` runs. Its stdin is a pipe
// from the starting process; when that pipe closes (the starter ended, even
// by SIGKILL), the server shuts down as on SIGTERM instead of living on as
// an orphan that holds the port and the database.
if (!process.stdin.isTTY) {
  process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
  process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'));
  process.stdin.resume();
}

import autocannon from 'autocannon';

export type Readers = { stop: () => Promise<{ requests: number; failures: string[] }> };

/**
 * Citizens reading through nginx at `connections` concurrent connections
 * until stopped. A failure is a 5xx, a timeout or a broken connection; a
 * 404 for an article not (or no longer) published is an answer, not one.
 */
export function startReaders(baseUrl: string, paths: string[], connections = 32): Readers {
  const failures: string[] = [];
  let requests = 0;
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const instance = autocannon(
    {
      url: baseUrl,
      connections,
      duration: 600,
      timeout: 10,
      requests: paths.map((path) => ({ method: 'GET', path })),
    },
    () => finished(),
  );
  instance.on('response', (_client, statusCode) => {
    requests += 1;
    if (statusCode >= 500) failures.push(`HTTP ${statusCode}`);
  });
  instance.on('reqError', (error) => failures.push(String(error)));
  return {
    stop: async () => {
      instance.stop();
      await done;
      return { requests, failures };
    },
  };
}

/**
 * Server settings for the embedded cluster, sized so the whole portal fits a
 * small virtual machine: a modest shared buffer, enough connections for a
 * few app instances, their pools and the tests. A throwaway (test) cluster
 * trades crash safety for speed: it is deleted afterwards anyway.
 */
export function serverFlags(port: number, durable: boolean): string[] {
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: '',
    max_connections: '100',
    shared_buffers: '32MB',
    huge_pages: 'off',
    log_min_messages: 'warning',
    log_line_prefix: '%m [%p] ',
  };
  if (!durable) {
    Object.assign(settings, { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
  }
  return Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]);
}

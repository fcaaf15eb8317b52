import type { IncomingMessage, ServerResponse } from 'node:http';

export type FormPosts = {
  /** Answers a feedback post and returns true; false leaves the request to Next. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
};

export function createFormPosts(options: { dir: string }): Promise<FormPosts>;

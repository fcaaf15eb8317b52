/** Types of redis-handler.mjs, the shared cache handler Next loads at run time. */
export default class RedisCacheHandler {
  get(
    key: string,
    ctx: { tags?: string[]; softTags?: string[] },
  ): Promise<{ lastModified: number; value: unknown; tags: string[] } | null>;
  set(key: string, data: unknown, ctx: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

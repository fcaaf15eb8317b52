/** Types of forwarded-proto.cjs. */
export declare const HTTPS_FORWARDED_PROTO: string;
export declare function isHttpsForwardedProto(value: string | null | undefined): boolean;

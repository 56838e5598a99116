export const Client = 'client';
export const Server = 'server';
export const ZeroCache = 'zeroCache';

export type Client = typeof Client;
export type Server = typeof Server;
export type ZeroCache = typeof ZeroCache;

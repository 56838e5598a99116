/**
 * Peer types that have one-to-one relation to `tl.Peer*` types.
 */
export type BasicPeerType = 'user' | 'chat' | 'channel'

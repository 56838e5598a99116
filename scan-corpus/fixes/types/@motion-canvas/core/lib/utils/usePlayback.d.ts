import { PlaybackStatus } from '../app';
/**
 * Get a reference to the playback status.
 */
export declare function usePlayback(): PlaybackStatus;
export declare function startPlayback(playback: PlaybackStatus): void;
export declare function endPlayback(playback: PlaybackStatus): void;
//# sourceMappingURL=usePlayback.d.ts.map
/**
 * Represents the setting for the device's torch.
 * - `'on'`: Keep the flash unit always on.
 * - `'off'`: Keep the flash unit off. It can still fire elsewhere (e.g. for photo capture).
 */
export type TorchMode = 'on' | 'off';

import type { FrameRendererViewMethods, FrameRendererViewProps } from '../specs/views/FrameRendererView.nitro';
/**
 * The `<NativeFrameRendererView />` component.
 *
 * @see {@linkcode FrameRendererView}
 * @see {@linkcode FrameRendererViewProps}
 * @see {@linkcode FrameRendererViewMethods}
 */
export declare const NativeFrameRendererView: import("react-native-nitro-modules").ReactNativeView<FrameRendererViewProps, FrameRendererViewMethods>;

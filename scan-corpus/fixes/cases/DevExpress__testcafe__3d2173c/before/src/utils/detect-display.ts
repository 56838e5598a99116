export default function (): boolean {
    return !!process.env.DISPLAY;
}

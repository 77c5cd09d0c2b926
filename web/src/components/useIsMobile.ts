import { Grid } from 'antd';

/** True below the `md` breakpoint (768 px): phones and narrow windows. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined; assume a wide screen.
  return screens.md === false;
}

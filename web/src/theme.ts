import type { ThemeConfig } from 'antd';

export const PRIMARY = '#a61b29';

/** A sober look: one deep red for actions and emphasis, neutral greys for everything else. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    colorInfo: '#3f5f8a',
    colorInfoBg: '#f2f5f9',
    colorInfoBorder: '#c8d3e0',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
    colorBgLayout: '#f3f4f6',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { itemBorderRadius: 4, itemSelectedBg: '#f9eced', itemSelectedColor: PRIMARY },
    Table: { headerBg: '#f7f7f8', headerColor: '#3c3c43' },
    Card: { headerFontSize: 15 },
  },
};

/** Chart colours that sit with the palette above. */
export const CHART_COLORS = [
  '#a61b29',
  '#3f5f8a',
  '#c9a063',
  '#5b8c7a',
  '#8a6d9e',
  '#7f8c99',
  '#d28a6b',
  '#4a7fb5',
];

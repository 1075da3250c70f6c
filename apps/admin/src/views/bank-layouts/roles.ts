// Who opens 银行文件格式: the roles the API lets set a region's layout (finance for its city, a provincial admin for
// the province and its cities). Kept apart from the page so the router and the menu load it without the page.
export const BANK_LAYOUT_ROLES: readonly string[] = ['finance', 'province_admin'];

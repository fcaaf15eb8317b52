/** Every page's main content carries this id; the skip link targets it. */
export const MAIN_ID = 'noi-dung';

/** The longest message the panel may put into the page's text box (a dispute description is far shorter). */
export const MAX_INSERTED_CHARS = 4000;

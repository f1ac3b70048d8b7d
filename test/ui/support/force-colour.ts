/**
 * Colour is forced before Ink (and its chalk) is loaded: highlights carry meaning by
 * colour, and a test that strips colour cannot see them. Import this first.
 */
process.env['FORCE_COLOR'] = '3';

export const rule = {
    id: 'suppression-unused',
    check() { },
};

export const rule = {
    id: 'suppression-reason-missing',
    check() { },
};

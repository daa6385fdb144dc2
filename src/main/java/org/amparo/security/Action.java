package org.amparo.security;

/** What a user does to a {@link DataKind}; the permission matrix is (role, action, kind). */
public enum Action { READ, CREATE, UPDATE, DELETE, EXPORT, IMPORT, PRINT, RESCREEN, PURGE, MANAGE, BREAK_GLASS }

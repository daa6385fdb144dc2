package org.amparo.security;

/**
 * What a user may do, from most to least trusted in client data: attorneys see every case; advocates their program's;
 * volunteers only cases assigned to them and never immigration-status or 1367-protected facts; administrators manage
 * users and backups and read client data only through an audited break-glass.
 */
public enum Role { ADMINISTRATOR, ATTORNEY, ADVOCATE, VOLUNTEER }

package com.talentfinder.domain;

/**
 * One live shortlist a freelancer is on, and their status there (to mark search results "already on a list").
 *
 * @param freelancerId the freelancer's profile id
 * @param shortlistId  the list's id
 * @param listName     the list's name
 * @param status       the entry's status on that list
 */
public record ListMembership(String freelancerId, long shortlistId, String listName, EntryStatus status) {
}

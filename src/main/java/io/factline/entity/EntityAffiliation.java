package io.factline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * That an entity acts for or belongs to another, as an article said it: a person and the organisation
 * or country she speaks for ("X, the museum's director"), a body and its place ("Kestland legislature").
 */
@Entity
@Table(name = "entity_affiliation")
@IdClass(EntityAffiliation.Key.class)
public class EntityAffiliation {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Id
    @Column(name = "affiliate_id")
    public Long affiliateId;

    /** The composite key. */
    public static class Key implements Serializable {
        public Long memberId;
        public Long affiliateId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(memberId, k.memberId) && Objects.equals(affiliateId, k.affiliateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(memberId, affiliateId);
        }
    }
}

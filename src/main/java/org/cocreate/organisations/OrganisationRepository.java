package org.cocreate.organisations;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findBySlug(String slug);

	@Query("select exists (select 1 from organisation where slug = :slug)")
	boolean slugTaken(String slug);
}

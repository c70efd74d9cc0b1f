package org.cocreate.spaces;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SpaceRepository extends ListCrudRepository<Space, Long> {

	Optional<Space> findBySlug(String slug);

	@Query("select exists (select 1 from space where slug = :slug)")
	boolean slugTaken(String slug);
}
